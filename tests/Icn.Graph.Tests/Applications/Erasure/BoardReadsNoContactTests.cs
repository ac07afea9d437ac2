using Icn.Graph.Tests.Applications.Journey;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Applications.Erasure;

/// <summary>
/// The applicant's contact details need the SECRETARIAT or ADMIN role; the Board reads the rest of
/// the application, its history and its vote tasks, and none of those repeats the address or the
/// name (the e-mails to the applicant are journalled as "to the applicant").
/// </summary>
public sealed class BoardReadsNoContactTests(JourneyApiFixture api) : IClassFixture<JourneyApiFixture>
{
    private const string AsTheBoardReadsIt = """
        query($id: ID!) {
          node(id: $id) { ... on Application {
            id status clusterName description city website memberCount informationRequest informationResponse decisionReason secretariatNotes
            submittedAt decidedAt contactErasedAt evidence { criterion text }
            votes { boardMemberName decision comment status openedAt dueAt decidedAt }
            history { activityId activityType event outcome actorName summary startedAt finishedAt }
          } }
          myTasks(first: 10) { nodes { id title status outcomes formFields { name label } dueAt assigneeRole claimed outcome comment data completedByName subject { id } } }
        }
        """;

    [Fact]
    public async Task A_Board_member_reading_the_application_its_history_votes_and_tasks_never_sees_the_applicants_address_or_name()
    {
        var applicant = await Applicant.SubmitAsync(api, "Board Reading Cluster", "Gudrun Boardblind", "gudrun.boardblind@reading.example");
        await applicant.ScreenAsync("incomplete", "Please describe your international strategy.");
        await applicant.RespondAsync("We work with partners in five countries.");
        await applicant.ScreenAsync("ready-for-board", "All seven criteria are evidenced.");
        await ApplicationSteps.VoteAsync(await api.SignInAsync(api.Board[0]), applicant.Id, "approve", "A strong research base.");
        var board = await api.SignInAsync(api.Board[^1]);

        var response = await board.PostAsync(AsTheBoardReadsIt, new { id = applicant.Id });

        Assert.True(response.Errors.Count == 0, response.Pretty);
        var history = response.Data!["node"]!["history"]!.AsArray();
        Assert.Contains(history, entry => entry!["summary"]?.GetValue<string>() == "\"Your ICN application: information requested\" to the applicant (1 recipient(s)).");
        Assert.NotEmpty(response.Data!["myTasks"]!["nodes"]!.AsArray());
        foreach (var needle in applicant.Needles)
        {
            Assert.DoesNotContain(needle, response.Pretty, StringComparison.OrdinalIgnoreCase);
        }

        // The rule the other fields must not get around: the contact itself is refused to the Board.
        var contact = await board.PostAsync("query($id: ID!) { node(id: $id) { ... on Application { contactName contactEmail } } }", new { id = applicant.Id });
        Assert.Equal("FORBIDDEN", contact.FirstErrorCode);
        Assert.Contains(await api.MailsToAsync(applicant.Email), mail => mail.Subject == "Your ICN application: information requested");
    }
}
