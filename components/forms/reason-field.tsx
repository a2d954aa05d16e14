import { REASON_MAX_LENGTH } from '@/lib/validation/record-fields';
import { TextField } from './form-controls';

/**
 * Why an edit, a deletion or a withdrawal was made. Every form asks it the same way, labelled
 * "Reason"; the form around it says what is being done, and the hint says who will read it.
 */
export function ReasonField({
  id,
  hint,
  required = false,
  defaultValue,
  errors,
}: {
  id: string;
  /** Where the reason is shown: the record's history, the corrections log. */
  hint: string;
  required?: boolean;
  defaultValue?: string;
  errors?: string[];
}) {
  return (
    <TextField
      id={id}
      name="reason"
      label="Reason"
      hint={required ? hint : `Optional. ${hint}`}
      required={required}
      maxLength={REASON_MAX_LENGTH}
      defaultValue={defaultValue}
      errors={errors}
    />
  );
}
