/** How a command or event reached the service. */
export interface MessageOptions {
  /** The message id; a second delivery of the same id changes nothing. */
  messageId?: string;
  /** The clock promotion windows are checked against; tests move it. */
  now?: Date;
}
