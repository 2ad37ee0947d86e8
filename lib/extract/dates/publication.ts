export function findPublicationDate(_text: string): string | null {
  return null;
}
