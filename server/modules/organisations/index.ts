// What other modules may import from this one (.dependency-cruiser.cjs enforces it); the rest is its own.
export {
  didNotAttendFromSql,
  responseTargetWorkingDays,
  serviceContactSql,
  serviceSettings,
  type DidNotAttendRule,
} from './service-settings.repository.ts';
