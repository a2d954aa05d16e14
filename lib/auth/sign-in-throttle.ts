// The one place that decides whether a sign-in attempt may proceed. It lets every attempt through
// for now; rate limiting (per email and per IP, kept in PostgreSQL or Redis so that every instance
// counts the same attempts) belongs here, and sign-in already reports a refusal as 'throttled'.

export type SignInAttempt = { email: string; ip: string | null };

export async function checkSignInAllowed(attempt: SignInAttempt): Promise<{ allowed: true } | { allowed: false }> {
  void attempt;
  return { allowed: true };
}
