/** Shown to a signed-in person whose role does not open this page. */
export function NotAllowed({ title }: { title: string }) {
  return (
    <div className="space-y-3">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p>Your account&apos;s role does not give access to this page. Ask an admin if you need it.</p>
    </div>
  );
}
