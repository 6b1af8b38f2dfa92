/**
 * French « de » before a name: elided to « d’ » before a vowel (« d’Acme Corp », « d’Adobe Analytics »), kept before
 * a consonant (« de Marketo Engage »). A name starting with h is left unelided: whether its h is mute is not known.
 */
export function deBefore(name: string): string {
  return /^[aeiouàâäéèêëîïôöûüœæ]/i.test(name.trim()) ? `d’${name}` : `de ${name}`;
}
