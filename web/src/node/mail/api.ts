/** What a node asks a relay to mail. */
export interface MailRequest {
  to: string;
  subject: string;
  text: string;
}
