/** Thrown when the user backs out of a prompt: the command wrapper stays silent about it. */
export class UserCancelled extends Error {
  constructor() {
    super("Cancelled by the user");
  }
}
