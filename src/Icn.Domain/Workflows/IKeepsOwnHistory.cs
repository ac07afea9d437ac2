namespace Icn.Domain.Workflows;

/// <summary>
/// Rows the audit log leaves out because they are a history of their own: the workflow runtime's
/// journal records who moved an instance and how, and auditing every burst's bookkeeping would bury
/// the log's human changes.
/// </summary>
public interface IKeepsOwnHistory;
