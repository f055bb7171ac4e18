import type { CSSProperties, ReactNode } from 'react';
import Select from '@atlaskit/select';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { token } from '@atlaskit/tokens';

// Atlaskit form's label look (without pulling in @atlaskit/form for a few fields).
const labelStyle: CSSProperties = {
  display: 'block',
  font: token('font.body.small', 'normal 400 12px/16px ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI", sans-serif'),
  fontWeight: token('font.weight.semibold', '600'),
  color: token('color.text.subtle', '#505258'),
};

interface FieldProps {
  id: string;
  label: string;
  /** Under the control: what it does. */
  helper?: string;
  /** Under the control, instead of the helper: what is wrong. */
  error?: string | null;
  children: ReactNode;
}

/** A label above its control, helper or error text below (ids for aria-describedby). */
export function Field({ id, label, helper, error, children }: FieldProps) {
  return (
    <Stack space="space.050">
      <label htmlFor={id} style={labelStyle}>
        {label}
      </label>
      {children}
      {error ? (
        <span id={`${id}-message`} role="alert">
          <Text size="small" color="color.text.danger">
            {error}
          </Text>
        </span>
      ) : helper ? (
        <span id={`${id}-message`}>
          <Text size="small" color="color.text.subtlest">
            {helper}
          </Text>
        </span>
      ) : null}
    </Stack>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface ChoiceSelectProps<T extends string> {
  id: string;
  options: ReadonlyArray<Choice<T>>;
  value: T;
  onChange: (value: T) => void;
  /** When there is no visible <label for={id}>. */
  ariaLabel?: string;
  isInvalid?: boolean;
  isDisabled?: boolean;
  /** Type to find an option; for long lists such as a table's columns. */
  isSearchable?: boolean;
  spacing?: 'compact' | 'default';
  testId?: string;
}

/** A single-choice @atlaskit/select over string values. */
export function ChoiceSelect<T extends string>({ id, options, value, onChange, ariaLabel, isInvalid, isDisabled, isSearchable = false, spacing = 'default', testId }: ChoiceSelectProps<T>) {
  return (
    <Select<Choice<T>, false>
      inputId={id}
      options={options}
      value={options.find((o) => o.value === value) ?? null}
      onChange={(option) => {
        if (option) onChange(option.value);
      }}
      isSearchable={isSearchable}
      isInvalid={isInvalid}
      isDisabled={isDisabled}
      spacing={spacing}
      menuPosition="fixed"
      testId={testId}
      {...(ariaLabel ? { 'aria-label': ariaLabel } : {})}
    />
  );
}
