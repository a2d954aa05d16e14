import Link from 'next/link';
import { answerHref, type Answer } from '@/lib/domain/answers';
import { StanceBadge } from './stance-badge';

/** The claims a statement answers, each with its stance, linked to the answer on the claim's page. */
export function AnswerLinks({ answers }: { answers: Answer[] }) {
  return (
    <div className="space-y-1 text-sm">
      <p className="font-semibold">{answers.length === 1 ? 'Answers the claim' : 'Answers the claims'}</p>
      <ul className="space-y-1">
        {answers.map((answer) => (
          <li key={answer.rebuttalId} className="flex flex-wrap items-center gap-2">
            <StanceBadge stance={answer.stance} />
            <Link href={answerHref(answer)}>{answer.claim.summary}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
