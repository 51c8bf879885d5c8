import type { ServerVersion } from './types.js';

export type GroupMethod = 'formatted_read_group' | 'read_group';

/**
 * Builds a ServerVersion from what a server reports. The major number is read from
 * `server_version_info[0]` or `server_serie` (`17.0`, `saas~18.4`), never from
 * `server_version`, which may carry a build suffix such as `17.0-20240709`.
 */
export function toServerVersion(
  serverVersion: string,
  serverSerie: string,
  versionInfo: ReadonlyArray<string | number> = [],
): ServerVersion {
  const first = versionInfo[0];
  const fromInfo = typeof first === 'number' ? first : Number.NaN;
  const fromSerie = Number(/(\d+)/.exec(serverSerie)?.[1] ?? Number.NaN);
  const major = Number.isInteger(fromInfo) ? fromInfo : fromSerie;
  return { serverVersion, serverSerie, major: Number.isInteger(major) ? major : 0 };
}

/** The grouped-sum method a server of this version is expected to have. */
export function groupMethodFor(version: ServerVersion): GroupMethod {
  // formatted_read_group arrived in 19; read_group is deprecated there but still answers.
  return version.major >= 19 ? 'formatted_read_group' : 'read_group';
}
