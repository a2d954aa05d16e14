import Link from 'next/link';
import type { PersonRole } from '@/lib/dal/people';
import { routes } from '@/lib/routes';

function RoleDates({ role }: { role: PersonRole }) {
  if (role.from && role.to) {
    return (
      <>
        from <time dateTime={role.from.iso}>{role.from.label}</time> to{' '}
        <time dateTime={role.to.iso}>{role.to.label}</time>
      </>
    );
  }
  if (role.from)
    return (
      <>
        from <time dateTime={role.from.iso}>{role.from.label}</time>
      </>
    );
  if (role.to)
    return (
      <>
        until <time dateTime={role.to.iso}>{role.to.label}</time>
      </>
    );
  return <span className="text-stone-700">dates not recorded</span>;
}

/** A person's roles over time, earliest first. */
export function RoleList({ roles }: { roles: PersonRole[] }) {
  return (
    <ol className="space-y-2">
      {roles.map((role, index) => (
        <li key={index} className="rounded-lg border border-stone-200 bg-white px-4 py-2">
          <span className="font-semibold">{role.title}</span>
          {role.organization ? (
            <>
              {', '}
              <Link href={routes.organization(role.organization.slug)}>{role.organization.name}</Link>
            </>
          ) : null}
          <span className="block text-sm text-stone-700">
            <RoleDates role={role} />
          </span>
        </li>
      ))}
    </ol>
  );
}
