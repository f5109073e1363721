import { z } from 'zod';
import { outcomeCategories, outcomeCategoryLabels, outcomesTemplateFits } from '../../../shared/outcome-categories.ts';
import { organisationsWithRole } from '../../http/actor.ts';
import { actorOf, auditActorOf, recordDenial } from '../../http/access.ts';
import type { App } from '../../http/app-types.ts';
import { errorResponses } from '../../http/common.schemas.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { withTransaction } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { appendAuditEvent } from '../audit/index.ts';
import { diagnosisByCode, diagnosisSource, type Diagnosis } from './diagnoses.ts';
import { serviceDiagnoses, serviceDiagnosis } from './plan-templates.ts';
import { saveLeaflets, savePlanTemplate, setPlanTemplateRetired } from './plan-templates.repository.ts';

const diagnosisParams = z.object({ serviceId: z.uuid(), diagnosisCode: z.string().regex(/^\d{6,18}$/) });
const leaflet = z.object({ title: z.string(), url: z.string() });
const medicine = z.object({
  name: z.string(),
  strength: z.string(),
  form: z.string(),
  directions: z.string(),
  duration: z.string(),
});
const outcomesField = z
  .array(z.enum(outcomeCategories))
  .min(1, 'Choose at least one outcome the template is written for')
  .transform((list) => outcomeCategories.filter((c) => list.includes(c)));

/** A leaflet as an administrator sets it: a title and an https address, refused in words. */
const leafletInput = z.object({
  title: z.string().trim().min(1, 'Enter the leaflet’s title').max(200, 'The title must be 200 characters or fewer'),
  url: z
    .string()
    .trim()
    .min(1, 'Enter the leaflet’s web address')
    .max(2000, 'The web address must be 2,000 characters or fewer')
    .refine(isHttpsAddress, {
      message: 'Enter a full web address that starts with https://, like https://www.nhs.uk/conditions/moles/',
    }),
});

/** A public https web address: a domain name, no user name or password in it. */
function isHttpsAddress(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && z.regexes.domain.test(url.hostname) && !url.username && !url.password;
}

const templateSchema = z.object({
  text: z.string(),
  outcomes: z.array(z.enum(outcomeCategories)),
  source: z.enum(['built_in', 'service']),
  retiredAt: z.date().nullable(),
  retiredByName: z.string().nullable(),
  updatedAt: z.date().nullable(),
  updatedByName: z.string().nullable(),
});

/**
 * The service's plan templates and patient leaflets per diagnosis (issue 13 §1): the consultant's outcome form
 * offers them, and the service's administrators run them. Outcomes copy the plan and leaflets when signed, so
 * nothing here changes a signed outcome or its letters.
 */
export function planTemplatesRoutes(app: App, services: Services) {
  /** This service's administrators only; anyone else is told it does not exist. */
  const adminOf = async (request: Parameters<typeof actorOf>[0], serviceId: string, code?: string) => {
    const diagnosis = code === undefined ? undefined : diagnosisByCode.get(code);
    if (
      !organisationsWithRole(actorOf(request), 'service_admin').includes(serviceId) ||
      (code !== undefined && !diagnosis)
    ) {
      await recordDenial(services, request, 'scope', { recordType: 'organisation', recordId: serviceId });
      throw notFound('service or diagnosis');
    }
    return diagnosis as Diagnosis;
  };

  app.get(
    '/api/diagnoses',
    {
      config: { access: ['consultant', 'service_admin'] },
      schema: {
        summary:
          "The curated dermatology diagnoses with SNOMED CT concept ids, and the service's live plan templates (with the outcomes each fits) and leaflets",
        tags: ['review'],
        querystring: z.object({
          /** The case's service; by default your first. */
          serviceId: z.uuid().optional(),
        }),
        response: {
          200: z.object({
            source: z.string(),
            diagnoses: z.array(
              z.object({
                code: z.string(),
                term: z.string(),
                group: z.string(),
                cancer: z.boolean(),
                /** The service's live template; null when it is retired. */
                planTemplate: z.string().nullable(),
                /** The outcomes it is offered for. */
                templateOutcomes: z.array(z.enum(outcomeCategories)),
                leaflets: z.array(leaflet),
                suggestedMedicine: medicine.nullable(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const mine = organisationsWithRole(actorOf(request), 'consultant', 'service_admin');
      const serviceId = request.query.serviceId ?? mine[0];
      if (request.query.serviceId && !mine.includes(request.query.serviceId)) {
        await recordDenial(services, request, 'scope', {
          recordType: 'organisation',
          recordId: request.query.serviceId,
        });
        throw notFound('service');
      }
      const list = serviceId ? await serviceDiagnoses(services.pool, serviceId) : [];
      return {
        source: diagnosisSource,
        diagnoses: list.map(({ diagnosis: d, template, leaflets }) => ({
          code: d.code,
          term: d.term,
          group: d.group,
          cancer: d.cancer,
          planTemplate: template.retiredAt ? null : template.text,
          templateOutcomes: template.retiredAt ? [] : template.outcomes,
          leaflets: leaflets.items,
          suggestedMedicine: d.suggestedMedicine ?? null,
        })),
      };
    },
  );

  app.get(
    '/api/services/:serviceId/plan-templates',
    {
      config: { access: ['service_admin'] },
      schema: {
        summary:
          "Your service's plan template and leaflets for each diagnosis: its own or the built-in ones, the outcomes each fits, and which are retired",
        tags: ['review'],
        params: z.object({ serviceId: z.uuid() }),
        response: {
          200: z.object({
            diagnoses: z.array(
              z.object({
                code: z.string(),
                term: z.string(),
                group: z.string(),
                cancer: z.boolean(),
                template: templateSchema,
                builtIn: z.object({ text: z.string(), leaflets: z.array(leaflet) }),
                leaflets: z.object({
                  items: z.array(leaflet),
                  source: z.enum(['built_in', 'service']),
                  updatedAt: z.date().nullable(),
                  updatedByName: z.string().nullable(),
                }),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { serviceId } = request.params;
      await adminOf(request, serviceId);
      const list = await serviceDiagnoses(services.pool, serviceId);
      return {
        diagnoses: list.map(({ diagnosis: d, template, leaflets }) => ({
          code: d.code,
          term: d.term,
          group: d.group,
          cancer: d.cancer,
          template,
          builtIn: { text: d.planTemplate, leaflets: d.leaflets },
          leaflets,
        })),
      };
    },
  );

  app.put(
    '/api/services/:serviceId/plan-templates/:diagnosisCode',
    {
      config: { access: ['service_admin'] },
      schema: {
        summary:
          "Set your service's management plan template for a diagnosis and the outcomes it is written for (a retired template stays retired)",
        tags: ['review'],
        params: diagnosisParams,
        body: z.object({
          text: z
            .string()
            .trim()
            .min(1, 'Write the plan template')
            .max(4000, 'The plan template must be 4,000 characters or fewer'),
          /** The outcomes it is offered for; by default as they were (for a new template, the built-in's). */
          outcomes: outcomesField.optional(),
        }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { serviceId, diagnosisCode } = request.params;
      const diagnosis = await adminOf(request, serviceId, diagnosisCode);
      // A suspected or confirmed skin cancer's template is offered only with the urgent and specialist outcomes
      // (hazard H13): a service may narrow them, never offer it for discharge or the GP to prescribe.
      const mayFit = outcomesTemplateFits(diagnosis);
      const unfitting = (request.body.outcomes ?? []).filter((o) => !mayFit.includes(o));
      if (diagnosis.cancer && unfitting.length > 0) {
        const message = `The template for ${diagnosis.term} is for a skin cancer: it can be offered only for ${mayFit
          .map((o) => outcomeCategoryLabels[o].toLowerCase())
          .join(', ')}, not for ${unfitting.map((o) => outcomeCategoryLabels[o].toLowerCase()).join(', ')}`;
        throw new AppError('validation_failed', message, { fieldErrors: [{ field: 'outcomes', message }] });
      }
      const actor = actorOf(request);
      const at = services.clock.now();
      await withTransaction(services.pool, async (tx) => {
        const current = await serviceDiagnosis(tx, serviceId, diagnosis);
        const outcomes =
          request.body.outcomes ?? (current.template.source === 'service' ? current.template.outcomes : null);
        await savePlanTemplate(tx, {
          serviceId,
          code: diagnosisCode,
          text: request.body.text,
          outcomes,
          by: actor.userId,
          at,
        });
        await appendAuditEvent(tx, auditActorOf(request), at, {
          action: 'plan_template.saved',
          recordType: 'organisation',
          recordId: serviceId,
          detail: { diagnosisCode },
        });
      });
      return reply.status(204).send(null);
    },
  );

  for (const [verb, retired] of [
    ['retire', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/api/services/:serviceId/plan-templates/:diagnosisCode/${verb}`,
      {
        config: { access: ['service_admin'] },
        schema: {
          summary: retired
            ? 'Retire the plan template for a diagnosis: it is no longer offered to consultants (signed outcomes keep theirs)'
            : 'Bring a retired plan template back: consultants are offered it again',
          tags: ['review'],
          params: diagnosisParams,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const { serviceId, diagnosisCode } = request.params;
        const diagnosis = await adminOf(request, serviceId, diagnosisCode);
        const at = services.clock.now();
        await withTransaction(services.pool, async (tx) => {
          await setPlanTemplateRetired(tx, {
            serviceId,
            code: diagnosisCode,
            builtInText: diagnosis.planTemplate,
            by: actorOf(request).userId,
            at,
            retired,
          });
          await appendAuditEvent(tx, auditActorOf(request), at, {
            action: retired ? 'plan_template.retired' : 'plan_template.restored',
            recordType: 'organisation',
            recordId: serviceId,
            detail: { diagnosisCode },
          });
        });
        return reply.status(204).send(null);
      },
    );
  }

  app.put(
    '/api/services/:serviceId/leaflets/:diagnosisCode',
    {
      config: { access: ['service_admin'] },
      schema: {
        summary:
          'Set the patient leaflets your service offers for a diagnosis (titles and https addresses; an empty list offers none)',
        tags: ['review'],
        params: diagnosisParams,
        body: z.object({ leaflets: z.array(leafletInput).max(10, 'Offer 10 leaflets or fewer') }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { serviceId, diagnosisCode } = request.params;
      await adminOf(request, serviceId, diagnosisCode);
      const at = services.clock.now();
      await withTransaction(services.pool, async (tx) => {
        await saveLeaflets(tx, {
          serviceId,
          code: diagnosisCode,
          leaflets: request.body.leaflets,
          by: actorOf(request).userId,
          at,
        });
        await appendAuditEvent(tx, auditActorOf(request), at, {
          action: 'leaflets.saved',
          recordType: 'organisation',
          recordId: serviceId,
          detail: { diagnosisCode, count: request.body.leaflets.length },
        });
      });
      return reply.status(204).send(null);
    },
  );
}
