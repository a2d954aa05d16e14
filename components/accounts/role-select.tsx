import { USER_ROLES } from '@/lib/domain/user-roles';
import { inputClass } from '@/components/forms/form-controls';

export function RoleSelect({
  id,
  defaultValue,
  describedBy,
  invalid,
}: {
  id: string;
  defaultValue?: string;
  describedBy?: string;
  invalid?: boolean;
}) {
  return (
    <select
      id={id}
      name="role"
      defaultValue={defaultValue ?? 'CONTRIBUTOR'}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      className={inputClass}
    >
      {USER_ROLES.map(({ role, label, description }) => (
        <option key={role} value={role}>{`${label}: ${description}`}</option>
      ))}
    </select>
  );
}
