using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Icn.Bench.Workflows;

/// <summary>
/// What the database says after the drain, for the instances of one timer definition: each must
/// have finished, its Delay journaled "completed" exactly once, no timer left; and the fired
/// counts the workers reported must add up to the instances.
/// </summary>
internal sealed record ExactlyOnceCheck(long Instances, long Unfinished, long NotExactlyOnce, long Completions, long TimersLeft, long Incidents, long Fired)
{
    public bool Passed => Unfinished == 0 && NotExactlyOnce == 0 && TimersLeft == 0 && Incidents == 0 && Completions == Instances && Fired == Instances;

    public static async Task<ExactlyOnceCheck> RunAsync(IcnDbContext db, string definitionId, long fired, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT count(*),
                   count(*) FILTER (WHERE i.status <> 'finished'),
                   count(*) FILTER (WHERE coalesce(j.completions, 0) <> 1),
                   coalesce(sum(j.completions), 0)::bigint,
                   (SELECT count(*) FROM workflow_bookmarks b JOIN workflow_instances bi ON bi.id = b.instance_id
                     WHERE bi.definition_id = @definition AND b.kind = 'timer'),
                   (SELECT count(*) FROM workflow_incidents n JOIN workflow_instances ni ON ni.id = n.instance_id
                     WHERE ni.definition_id = @definition)
            FROM workflow_instances i
            LEFT JOIN (SELECT instance_id, count(*) AS completions FROM workflow_journal
                       WHERE activity_id = @activity AND event = 'completed' GROUP BY instance_id) j ON j.instance_id = i.id
            WHERE i.definition_id = @definition
            """;
        AddParameter(command, "definition", definitionId);
        AddParameter(command, "activity", BenchDefinitions.DelayActivity);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), fired);
    }

    public override string ToString() =>
        $"{Instances} instances, {Unfinished} unfinished, {NotExactlyOnce} whose delay did not complete exactly once, " +
        $"{Completions} completions, {TimersLeft} timers left, {Incidents} incidents, {Fired} fired as the workers counted";

    private static void AddParameter(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
