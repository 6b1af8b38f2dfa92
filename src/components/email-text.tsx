import { Fragment } from 'react';

/**
 * An email address that a narrow column wraps at sensible points: after the `@` and before each dot
 * ("amara.okafor@" / "acme.example"), never in the middle of a word. The address stays one string of text.
 */
export function EmailText({ email }: { email: string }) {
  const parts = email.split(/(?<=@)|(?=\.)/);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}
