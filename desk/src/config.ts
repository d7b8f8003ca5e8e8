/** What differs between places the desk runs, read from config.json beside the app at start. */
export interface DeskConfig {
  apiUrl: string;
  issuer: string;
  clientId: string;
  scope: string;
  siteUrl: string;
  timeZone: string;
  /**
   * Where signing out goes when the issuer's discovery names no end_session_endpoint (Cognito:
   * https://<domain>/logout, which takes client_id and logout_uri).
   */
  signOutUrl?: string;
}

export async function loadConfig(): Promise<DeskConfig> {
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: ${response.status}`);
  return (await response.json()) as DeskConfig;
}
