/** The signed-in user as every data-access function receives it. */
export interface SessionUser {
  id: string;
  email: string;
}
