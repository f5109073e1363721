import { Checkboxes } from '../../components/checkboxes.tsx';
import { fieldIdFor } from '../../components/form-errors.ts';
import { Radios } from '../../components/radios.tsx';
import { Select } from '../../components/select.tsx';
import { TextInput } from '../../components/text-input.tsx';
import { Textarea } from '../../components/textarea.tsx';
import { RuleWords } from './rule-list.tsx';
import { conditionPath, emptyCondition, rulesOf, type ConditionDraft, type RuleDraft } from './rule-drafts.ts';
import {
  conditionWords,
  factNames,
  factWords,
  formOperatorLabels,
  formOperators,
  type FactName,
  type Operator,
} from './rule-vocabulary.ts';

type RuleFieldsProps = {
  index: number;
  draft: RuleDraft;
  errors: Record<string, string>;
  onChange: (draft: RuleDraft) => void;
  onRemove: () => void;
};

/** One rule of the form: what it is for, when it applies (one or more tests of a fact), and what the referrer is told. */
export function RuleFields({ index, draft, errors, onChange, onRemove }: RuleFieldsProps) {
  const path = `rules.${index}`;
  const title = `Rule ${index + 1}`;
  if (draft.fixed) {
    return (
      <div className="app-rule-fields nhsuk-u-margin-bottom-5">
        <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">{title}</h2>
        <RuleWords rule={rulesOf([draft])[0]!} />
      </div>
    );
  }
  const set = (changes: Partial<RuleDraft>) => onChange({ ...draft, ...changes });
  const setCondition = (j: number, condition: ConditionDraft) =>
    set({ conditions: draft.conditions.map((c, k) => (k === j ? condition : c)) });
  return (
    <fieldset className="nhsuk-fieldset app-rule-fields nhsuk-u-margin-bottom-5">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
        {title}
        {draft.isNew ? ' (new)' : ''}
      </legend>
      <TextInput
        id={fieldIdFor(`${path}.description`)}
        label="What the rule is for"
        hint="For the service’s staff, for example ‘Adults only (16 and over)’"
        value={draft.description}
        onChange={(event) => set({ description: event.target.value })}
        error={errors[`${path}.description`]}
      />
      {draft.kept ? (
        <div className="nhsuk-form-group">
          <p className="nhsuk-u-margin-bottom-1">
            <strong>Applies when</strong> {conditionWords(draft.kept)}
          </p>
          <p className="nhsuk-hint">This condition is kept as it is: it cannot be changed on this page.</p>
        </div>
      ) : (
        <>
          {draft.conditions.length > 1 && (
            <Radios
              id={fieldIdFor(`${path}.join`)}
              name={`${path}.join`}
              legend="The rule applies when"
              legendSize="s"
              inline
              options={[
                { value: 'all', label: 'All of these are true' },
                { value: 'any', label: 'Any one of these is true' },
              ]}
              value={draft.join}
              onChange={(join) => set({ join })}
            />
          )}
          {draft.conditions.map((condition, j) => (
            <ConditionFields
              key={j}
              path={conditionPath(index, draft, j)}
              label={draft.conditions.length > 1 ? `Test ${j + 1}` : 'Applies when'}
              condition={condition}
              errors={errors}
              onChange={(next) => setCondition(j, next)}
              onRemove={
                draft.conditions.length > 1
                  ? () => set({ conditions: draft.conditions.filter((_, k) => k !== j) })
                  : undefined
              }
            />
          ))}
          <p>
            <button
              type="button"
              className="app-link-button"
              onClick={() => set({ conditions: [...draft.conditions, emptyCondition()] })}
            >
              Add another test<span className="nhsuk-u-visually-hidden"> to {title.toLowerCase()}</span>
            </button>
          </p>
        </>
      )}
      <Textarea
        id={fieldIdFor(`${path}.reason`)}
        label="What the referrer is told when the rule applies"
        hint="Plain words: why the service cannot take the request, and where to refer instead"
        rows={3}
        value={draft.reason}
        onChange={(event) => set({ reason: event.target.value })}
        error={errors[`${path}.reason`]}
      />
      <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" onClick={onRemove}>
        Remove {title.toLowerCase()}
        <span className="nhsuk-u-visually-hidden">: {draft.description}</span>
      </button>
    </fieldset>
  );
}

type ConditionFieldsProps = {
  path: string;
  label: string;
  condition: ConditionDraft;
  errors: Record<string, string>;
  onChange: (condition: ConditionDraft) => void;
  onRemove: (() => void) | undefined;
};

function ConditionFields({ path, label, condition, errors, onChange, onRemove }: ConditionFieldsProps) {
  const words = condition.fact ? factWords[condition.fact] : null;
  const chooseFact = (fact: FactName | '') =>
    onChange({
      fact,
      op: fact ? formOperators[factWords[fact].type][0] : '',
      value: '',
      values: [],
    });
  const operators: readonly Operator[] = words ? formOperators[words.type] : [];
  return (
    <div className="app-rule-condition nhsuk-u-margin-bottom-4">
      <p className="nhsuk-u-font-weight-bold nhsuk-u-margin-bottom-2">{label}</p>
      <Select
        id={fieldIdFor(`${path}.fact`)}
        label="What it tests"
        value={condition.fact}
        onChange={(event) => chooseFact(event.target.value as FactName | '')}
        error={errors[`${path}.fact`]}
      >
        <option value="">Choose</option>
        {factNames.map((fact) => (
          <option key={fact} value={fact}>
            {factWords[fact].label}
          </option>
        ))}
      </Select>
      {words && words.type !== 'list' && (
        <Select
          id={fieldIdFor(`${path}.op`)}
          label={words.type === 'boolean' ? 'Applies when the answer is' : 'How it compares'}
          value={condition.op}
          onChange={(event) => onChange({ ...condition, op: event.target.value as Operator })}
          error={errors[`${path}.op`]}
        >
          {operators.map((op) => (
            <option key={op} value={op}>
              {formOperatorLabels[op]}
            </option>
          ))}
        </Select>
      )}
      {words?.type === 'number' && (
        <TextInput
          id={fieldIdFor(`${path}.value`)}
          label={condition.fact === 'ageYears' ? 'Age in years' : 'Number'}
          inputMode="numeric"
          width={3}
          value={condition.value}
          onChange={(event) => onChange({ ...condition, value: event.target.value })}
          error={errors[`${path}.value`]}
        />
      )}
      {words?.type === 'choice' && (
        <Select
          id={fieldIdFor(`${path}.value`)}
          label={words.label}
          value={condition.value}
          onChange={(event) => onChange({ ...condition, value: event.target.value })}
          error={errors[`${path}.value`]}
        >
          <option value="">Choose</option>
          {words.values.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      )}
      {words?.type === 'list' && (
        <Checkboxes
          id={fieldIdFor(`${path}.value`)}
          name={`${path}.value`}
          legend={`Applies when ${words.subject} any of`}
          legendSize="s"
          options={words.values.map((option) => ({ value: option.value, label: option.label }))}
          values={condition.values}
          onChange={(values) => onChange({ ...condition, values })}
          error={errors[`${path}.value`]}
        />
      )}
      {onRemove && (
        <button type="button" className="app-link-button" onClick={onRemove}>
          Remove this test<span className="nhsuk-u-visually-hidden">: {label}</span>
        </button>
      )}
    </div>
  );
}
