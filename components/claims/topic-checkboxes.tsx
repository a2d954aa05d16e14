/** A claim's topics as checkboxes (the edit and new-claim forms), with their error under them. */
export function TopicCheckboxes({
  options,
  chosen,
  errors,
}: {
  options: { slug: string; name: string }[];
  chosen: ReadonlySet<string>;
  errors?: string[];
}) {
  return (
    <fieldset className="space-y-1" aria-describedby={errors ? 'claim-topics-error' : undefined}>
      <legend className="font-medium">Topics</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((topic) => (
          <label key={topic.slug} className="flex items-center gap-1">
            <input type="checkbox" name="topics" value={topic.slug} defaultChecked={chosen.has(topic.slug)} />{' '}
            {topic.name}
          </label>
        ))}
      </div>
      {errors ? (
        <p id="claim-topics-error" className="text-sm font-medium text-red-800">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
