/**
 * A number a person typed, or the text itself when it is not one, so the server refuses it and quotes it
 * back ("must be a number (got "abc")") rather than the browser sending an empty or made-up value.
 */
export const numberOrText = (text: string): number | string => {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(n) ? n : text;
};
