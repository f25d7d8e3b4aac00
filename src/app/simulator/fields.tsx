/**
 * app/simulator/fields — form fields of the SCM editor. A number field keeps its text while the
 * user types and commits on Enter or when it loses focus (one undo step per committed edit); text
 * that is not a number is refused on the spot. Errors from the engine's validation are shown under
 * the field they concern and linked to it with aria-describedby.
 */
import { type ReactNode, useId, useState } from 'react';

export function FieldErrors({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="sim-field-errors">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

interface NumberFieldProps {
  readonly label: ReactNode;
  readonly value: number;
  readonly onCommit: (value: number) => void;
  readonly errors?: readonly string[];
  readonly integer?: boolean;
  readonly name?: string;
}

export function NumberField({ label, value, onCommit, errors = [], integer = false, name }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [local, setLocal] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The value changed from outside (undo, a preset): show it.
    setShown(value);
    setText(String(value));
    setLocal(null);
  }
  const commit = () => {
    const trimmed = text.trim();
    const parsed = trimmed === '' ? NaN : Number(trimmed);
    if (!Number.isFinite(parsed) || (integer && !Number.isInteger(parsed))) {
      setLocal(integer ? 'Enter a whole number.' : 'Enter a number.');
      return;
    }
    setLocal(null);
    if (parsed !== value) onCommit(parsed);
  };
  const messages = local ? [local, ...errors] : errors;
  return (
    <div className="sim-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        value={text}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={messages.length > 0 || undefined}
        aria-describedby={messages.length > 0 ? `${id}-errors` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      <FieldErrors id={`${id}-errors`} messages={messages} />
    </div>
  );
}

export function TextField({
  label,
  value,
  onCommit,
  errors = [],
  hint,
}: {
  label: ReactNode;
  value: string;
  onCommit: (value: string) => void;
  errors?: readonly string[];
  hint?: string;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  const described = [hint ? `${id}-hint` : '', errors.length > 0 ? `${id}-errors` : ''].filter(Boolean).join(' ');
  return (
    <div className="sim-field sim-field-wide">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        className="sim-expr"
        value={text}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={described || undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {hint && (
        <p id={`${id}-hint`} className="sim-hint">
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-errors`} messages={errors} />
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: ReactNode;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div className="sim-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
