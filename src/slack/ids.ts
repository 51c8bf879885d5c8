/**
 * Every Slack id the app owns: callback_id, block_id and action_id. Builders, listeners and
 * tests import them from here so a rename cannot leave one side behind.
 */

export const WALLET_COMMAND = '/wallet';

export const CallbackId = {
  logTime: 'log_time',
  ticket: 'ticket_create',
  reload: 'reload_batch',
  notice: 'wallet_notice',
  createTicketShortcut: 'create_ticket',
} as const;

export const BlockId = {
  logProject: 'log_project',
  logTask: 'log_task',
  logDate: 'log_date',
  logDuration: 'log_duration',
  logDescription: 'log_description',
  ticketProject: 'ticket_project',
  ticketTitle: 'ticket_title',
  ticketDescription: 'ticket_description',
  ticketAssignee: 'ticket_assignee',
  ticketTags: 'ticket_tags',
  reloadProject: 'reload_project',
  reloadPlan: 'reload_plan',
  reloadBatch: 'reload_batch_choice',
  reloadHours: 'reload_hours',
  reloadPrice: 'reload_price',
  homeActions: 'home_actions',
  noticeText: 'notice_text',
} as const;

export const ActionId = {
  projectSelect: 'project_select',
  taskSelect: 'task_select',
  datePick: 'date_pick',
  durationInput: 'duration_input',
  descriptionInput: 'description_input',
  titleInput: 'title_input',
  assigneeSelect: 'assignee_select',
  tagsSelect: 'tags_select',
  reloadProjectSelect: 'reload_project_select',
  reloadBatchSelect: 'reload_batch_select',
  hoursInput: 'hours_input',
  priceInput: 'price_input',
  homeLogTime: 'home_log_time',
  homeNewTicket: 'home_new_ticket',
  homeReload: 'home_reload',
} as const;

/** Option values carry a typed prefix so a stray value cannot be mistaken for another kind. */
export const OptionPrefix = {
  project: 'project:',
  task: 'task:',
  tag: 'tag:',
  line: 'line:',
} as const;

/** The batch choice that sells a new batch instead of switching to an existing line. */
export const NEW_BATCH_VALUE = 'new_batch';
