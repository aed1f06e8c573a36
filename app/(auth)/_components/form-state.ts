/** What the login/sign-up server actions hand back to their form. */
export interface AuthFormState {
  error?: string;
  fields?: Record<string, string>;
  /** The e-mail as typed, so a failed attempt keeps it in the field. */
  email?: string;
}

export const initialAuthFormState: AuthFormState = {};
