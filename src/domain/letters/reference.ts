// The sender's reference number as the letter prints it. Each language's template already writes
// its label ("Ref.:", "Réf. :", "Исх. №", "الرقم:", "文号："), so a reference typed with a label or
// number sign of its own ("No. 12-3/1458", "N° 2026/1452", "Исх. № 13-2") loses it: the sign is
// printed once. A label that is part of the number itself ("Nota N.º 7-5-M/214", "REF/2026/1") stays.

/** Labels and number signs people type before a reference, in the six languages. */
const LABEL = String.raw`(?:ref(?:erence)?|réf(?:érence)?|исх(?:одящий)?|номер|no|nr|num(?:ber|ero|éro)?|núm(?:ero)?|número|n\.?[°ºo]|№|#|الرقم|رقم|文号|编号)`;
/** A label ends in a full stop, or stands before a space, a colon, another sign or the number itself. */
const PREFIX = new RegExp(String.raw`^(?:${LABEL}(?:\.|(?=[\s:：№#°º\d]))[\s.:：]*)+`, 'iu');

export function bareReference(reference: string): string {
  const trimmed = reference.trim();
  const bare = trimmed.replace(PREFIX, '').trim();
  // Only a label ("No."): nothing to strip it from; print what was typed.
  return bare === '' ? trimmed : bare;
}
