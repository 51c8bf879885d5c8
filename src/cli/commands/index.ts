// Every `wallet` command; one line each. The CLI lists them in this order.

export { auditCommand } from './audit.js';
export { balancesCommand } from './balances.js';
export { batchCommand } from './batch.js';
export { demoOdooCommand } from './demo-odoo.js';
export { digestCommand } from './digest.js';
export { exportCommand } from './export.js';
export { logCommand } from './log.js';
export { reloadCommand } from './reload.js';
export { ticketCommand } from './ticket.js';
