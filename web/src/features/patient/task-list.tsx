import { Link } from 'react-router';

export type Task = {
  id: string;
  title: string;
  hint?: string;
  /** Where the task is done; none while it cannot be started. */
  to: string | null;
  status: string;
  /** Something for the patient to do now: a blue tag; otherwise plain text. */
  toDo: boolean;
};

/** The NHS.UK task list: each task's name (a link when it can be done now), a hint, and its status. */
export function TaskList({ idPrefix, tasks }: { idPrefix: string; tasks: Task[] }) {
  return (
    <ul className="nhsuk-task-list">
      {tasks.map((task) => {
        const hintId = `${idPrefix}-${task.id}-hint`;
        const statusId = `${idPrefix}-${task.id}-status`;
        return (
          <li
            className={task.to ? 'nhsuk-task-list__item nhsuk-task-list__item--with-link' : 'nhsuk-task-list__item'}
            key={task.id}
          >
            <div className="nhsuk-task-list__name-and-hint">
              {task.to ? (
                <Link
                  className="nhsuk-task-list__link nhsuk-link"
                  to={task.to}
                  aria-describedby={task.hint ? `${hintId} ${statusId}` : statusId}
                >
                  {task.title}
                </Link>
              ) : (
                <div>{task.title}</div>
              )}
              {task.hint && (
                <div className="nhsuk-task-list__hint" id={hintId}>
                  {task.hint}
                </div>
              )}
            </div>
            <div className="nhsuk-task-list__status" id={statusId}>
              {task.toDo ? (
                <strong className="nhsuk-tag nhsuk-tag--blue">{task.status}</strong>
              ) : (
                <strong className="nhsuk-tag nhsuk-tag--no-colour nhsuk-tag--no-border nhsuk-u-font-weight-normal">
                  {task.status}
                </strong>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
