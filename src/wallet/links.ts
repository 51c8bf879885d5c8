// One link form for every version in the field: Odoo 17 has no `/odoo/...` routes, and
// 18 on still open `/web#` links.

/** Link to a record's form in the Odoo web client. */
export function recordUrl(odooUrl: string, model: string, id: number): string {
  return `${odooUrl.replace(/\/+$/, '')}/web#id=${id}&model=${model}&view_type=form`;
}

/** Link to a project in Odoo. */
export function projectUrl(odooUrl: string, projectId: number): string {
  return recordUrl(odooUrl, 'project.project', projectId);
}

/** Link to a task in Odoo. */
export function taskUrl(odooUrl: string, taskId: number): string {
  return recordUrl(odooUrl, 'project.task', taskId);
}
