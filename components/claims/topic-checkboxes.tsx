/**
 * A claim's topics as checkboxes (the edit and new-claim forms, and each new claim of article
 * intake, named apart: `c3.topics`), with their error under them.
 */
export function TopicCheckboxes({
  options,
  chosen,
  errors,
  name = 'topics',
  legend = 'Topics',
}: {
  options: { slug: string; name: string }[];
  chosen: ReadonlySet<string>;
  errors?: string[];
  name?: string;
  legend?: string;
}) {
  const errorId = `${name.replace(/\./g, '-')}-error`;
  return (
    <fieldset className="space-y-1" aria-describedby={errors ? errorId : undefined}>
      <legend className="font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((topic) => (
          <label key={topic.slug} className="flex items-center gap-1">
            <input type="checkbox" name={name} value={topic.slug} defaultChecked={chosen.has(topic.slug)} />{' '}
            {topic.name}
          </label>
        ))}
      </div>
      {errors ? (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
