/** How a command reached the service. */
export interface MessageOptions {
  /** The command's message id; a second delivery of the same id changes nothing. */
  messageId?: string;
  /** The clock reservations are timed against; tests move it. */
  now?: Date;
}
