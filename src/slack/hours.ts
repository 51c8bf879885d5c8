const EPSILON = 1e-6;

function minutesOf(hours: number): number {
  return Math.round(Math.abs(hours) * 60);
}

function signOf(hours: number): string {
  return hours < -EPSILON && minutesOf(hours) > 0 ? '-' : '';
}

/** Hours as a decimal, rounded once to 2 places: `6.5 h`, `-2 h`, `0.25 h`. */
export function formatHours(hours: number): string {
  const rounded = Math.round(Math.abs(hours) * 100) / 100;
  const sign = rounded > 0 ? signOf(hours) : '';
  return `${sign}${rounded} h`;
}

/** Hours as a clock duration: `6:30`, `-2:00`, `0:15`. */
export function formatClock(hours: number): string {
  const minutes = minutesOf(hours);
  const whole = Math.floor(minutes / 60);
  const rest = String(minutes % 60).padStart(2, '0');
  return `${signOf(hours)}${whole}:${rest}`;
}

/** Both forms, the way every message shows a balance: `6.5 h (6:30)`. */
export function formatBoth(hours: number): string {
  return `${formatHours(hours)} (${formatClock(hours)})`;
}
