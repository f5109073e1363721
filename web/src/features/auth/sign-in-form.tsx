import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/error-summary.tsx';
import { TextInput } from '../../components/text-input.tsx';
import { useSession } from './session-context.ts';

type Field = 'email' | 'password';
type FormErrors = { fields: Partial<Record<Field, string>>; summary: ErrorSummaryItem[] };

const noErrors: FormErrors = { fields: {}, summary: [] };
const fieldOrder: Field[] = ['email', 'password'];

/** The same words the service uses, so an empty field reads alike whichever side catches it. */
const emptyFieldMessages: Record<Field, string> = {
  email: 'Enter your email address',
  password: 'Enter your password',
};

type SignInFormProps = {
  /** The page's heading and notices, placed under the error summary, which comes first on the page. */
  children: ReactNode;
  onErrorsChange: (hasErrors: boolean) => void;
};

/** Email and password sign-in. On success the session changes and the page moves on by itself. */
export function SignInForm({ children, onErrorsChange }: SignInFormProps) {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  const show = (next: FormErrors) => {
    setErrors(next);
    setAttempt((n) => n + 1);
    onErrorsChange(next.summary.length > 0);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    const empty = fieldOrder.filter((field) => !{ email: email.trim(), password }[field]);
    if (empty.length) {
      show(fieldErrors(empty.map((field) => ({ field, message: emptyFieldMessages[field] }))));
      return;
    }
    setSubmitting(true);
    try {
      await signIn({ email: email.trim(), password });
    } catch (error) {
      setPassword('');
      setSubmitting(false);
      show(errorsFor(error));
    }
  };

  return (
    <>
      {errors.summary.length > 0 && <ErrorSummary items={errors.summary} attempt={attempt} />}
      {children}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextInput
          id="email"
          name="email"
          label="Email address"
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.fields.email}
        />
        <TextInput
          id="password"
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.fields.password}
        />
        <button className="nhsuk-button" type="submit" disabled={submitting}>
          Sign in
        </button>
      </form>
    </>
  );
}

function fieldErrors(errors: { field: string; message: string }[]): FormErrors {
  const fields: FormErrors['fields'] = {};
  const summary: ErrorSummaryItem[] = [];
  for (const { field, message } of errors) {
    const known = fieldOrder.find((f) => f === field);
    if (known && !fields[known]) fields[known] = message;
    summary.push(known ? { text: message, fieldId: known } : { text: message });
  }
  return { fields, summary };
}

function errorsFor(error: unknown): FormErrors {
  if (!(error instanceof ApiError)) throw error;
  if (error.fieldErrors.length) return fieldErrors(error.fieldErrors);
  // A refusal or a throttle is about the pair, not one field; the summary links to the first.
  const fieldId = error.code === 'sign_in_failed' || error.code === 'too_many_requests' ? 'email' : undefined;
  return { fields: {}, summary: [fieldId ? { text: error.problem.detail, fieldId } : { text: error.problem.detail }] };
}
