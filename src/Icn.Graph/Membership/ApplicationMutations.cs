using GraphQL;
using GraphQL.Types;
using Icn.Domain.Membership;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.GraphQL.Errors;
using Icn.Graph.Engine.Mutations;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;
using Icn.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Membership;

/// <summary>
/// What an applicant does, without an account: submit an application (which starts the
/// membership-application workflow), answer the Secretariat's request for information and withdraw
/// it, with the token they got at submission. And what the Secretariat does outside the workflow:
/// erase an applicant's contact details when asked to.
/// </summary>
internal sealed class ApplicationMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<SubmitApplicationInput>("submitApplication", "Submits a cluster's application for membership. The cluster is recorded as an APPLICANT (not public) and the Secretariat gets a task to screen the application. No account needed: keep the `applicantToken`, it is shown only once. The same cluster from the same address while its application is in progress gets a ConflictError.")
            .Returns<ApplicationType>("application", "The application as submitted.")
            .ReturnsExtra<StringGraphType>("applicantToken", "The token with which the applicant follows the application (`applicationByToken`) and answers the Secretariat. Shown only now; only its hash is kept.")
            .Resolve(SubmitAsync);

        mutation.Mutation<RespondToInformationRequestInput>("respondToInformationRequest", "Answers the Secretariat's request for more information, with the applicant token; the application then goes back to the Secretariat. No account needed.")
            .Returns<ApplicationType>("application", "The application with the answer.")
            .Resolve(RespondAsync);

        mutation.Mutation<WithdrawApplicationInput>("withdrawApplication", "Withdraws an application still in progress, with the applicant token: the open tasks about it leave the Secretariat's and the Board's inboxes, and the applicant gets a confirmation. An application already decided gets a ConflictError. No account needed.")
            .Returns<ApplicationType>("application", "The application, now WITHDRAWN.")
            .Resolve(WithdrawAsync);

        mutation.Mutation<EraseApplicantContactInput>("eraseApplicantContact", $"Erases the applicant's contact details from a decided application at once, as when the applicant asks (they are erased anyway some months after a rejection or withdrawal): from the application, its workflows, the e-mails sent about it and the audit log. An application in progress, or one already erased, gets a ConflictError.")
            .Returns<ApplicationType>("application", "The application, without contact details.")
            .Authorize(AccessPolicies.Secretariat)
            .Resolve(EraseContactAsync);
    }

    private static async Task<Payload> SubmitAsync(SubmitApplicationInput input, MutationContext mutation)
    {
        var (token, hash) = ApplicantTokens.Generate();
        if (await SubmittedApplication.ReadAsync(input, mutation, hash) is not { } application)
        {
            return mutation.Failure;
        }

        // The cluster, the application and the workflow's start are stored together or not at all:
        // an application nobody is asked to screen would wait forever.
        return await mutation.InTransactionAsync(async () =>
        {
            if (await DuplicateSubmissions.InProgressAsync(mutation.Db, application.Cluster!.Name, application.ContactEmail!, mutation.CancellationToken))
            {
                return Payload.Failed(new ConflictUserError(
                    $"An application for {application.Cluster.Name} from {application.ContactEmail} is already in progress: follow it with the token you received, or withdraw it before applying again.",
                    mutation.PathOf(nameof(input.ClusterName))));
            }

            mutation.Db.Applications.Add(application);
            var saved = await mutation.SaveAsync(application, new Dictionary<string, object?> { ["applicantToken"] = token });
            if (saved.Errors.Count > 0)
            {
                return saved;
            }

            var runtime = mutation.Services.GetRequiredService<WorkflowRuntime>();
            var (_, refusal) = await runtime.StartAsync(
                mutation.Db,
                MembershipApplicationWorkflow.DefinitionId,
                MembershipApplicationWorkflow.Input(application, application.Cluster!),
                MembershipApplicationWorkflow.SubjectOf(application),
                actorId: null,
                mutation.CancellationToken);

            // Not the applicant's fault but the deployment's (the definition is not published), so an
            // execution error rather than a user error; throwing rolls the transaction back.
            return refusal is null
                ? saved
                : throw new ExecutionError($"Applications cannot be received at the moment: {refusal.Message} Please try again later.") { Code = ErrorCodes.ServiceUnavailable };
        });
    }

    private static async Task<Payload> RespondAsync(RespondToInformationRequestInput input, MutationContext mutation)
    {
        var tokenPath = mutation.PathOf(nameof(input.Token));
        if (await FindByTokenAsync(input.Token, mutation) is not { } application)
        {
            return Payload.Failed(new NotFoundUserError("No application has this token.", tokenPath));
        }

        // The workflow is woken only by a valid answer.
        if (!mutation.InputIsValid)
        {
            return mutation.Failure;
        }

        // The answer and the workflow's wake-up commit together or not at all: an answer stored
        // without its wake-up would leave the workflow waiting, to withdraw the application after 60 days.
        return await mutation.InTransactionAsync(async () =>
        {
            // Under the locks (the workflow's own order) no burst, e.g. the 60-day withdrawal, moves
            // the application on meanwhile: the status read now is the one the answer is for.
            await ApplicationLock.LockAsync(mutation.Db, application.Id, mutation.CancellationToken);
            await mutation.Db.Entry(application).ReloadAsync(mutation.CancellationToken);
            if (application.AnswerInformationRequest(input.Response) is { } refused)
            {
                return mutation.Refused(refused, nameof(input.Token));
            }

            var saved = await mutation.SaveAsync(application);
            if (saved.Errors.Count > 0)
            {
                return saved;
            }

            var woken = await mutation.Services.GetRequiredService<WorkflowRuntime>().SignalAsync(
                mutation.Db,
                MembershipApplicationWorkflow.InformationProvided,
                MembershipApplicationWorkflow.CorrelationOf(application),
                new() { ["response"] = input.Response },
                actorId: null,
                mutation.CancellationToken);

            // Nothing waiting (its workflow stopped for an admin to look at): a refusal rolls the
            // answer back, rather than keep one that nothing would ever read. Otherwise the
            // application as stored: a step that faulted kept the answer but not its own changes.
            return woken > 0
                ? Payload.Of(await mutation.Db.Applications.AsNoTracking().SingleAsync(a => a.Id == application.Id, mutation.CancellationToken))
                : Payload.Failed(new ConflictUserError("The application cannot take an answer at the moment: its workflow is stopped for the Secretariat to look at. Your answer was not saved; please send it again later.", tokenPath));
        });
    }

    private static async Task<Payload> WithdrawAsync(WithdrawApplicationInput input, MutationContext mutation)
    {
        if (await FindByTokenAsync(input.Token, mutation) is not { } application)
        {
            return Payload.Failed(new NotFoundUserError("No application has this token.", mutation.PathOf(nameof(input.Token))));
        }

        // Withdrawing stops the workflows and writes to the applicant: only for a valid request.
        if (!mutation.InputIsValid)
        {
            return mutation.Failure;
        }

        return await mutation.InTransactionAsync(async () =>
            await ApplicationWithdrawal.WithdrawAsync(mutation.Db, mutation.Services.GetRequiredService<WorkflowRuntime>(), application, input.Reason, mutation.Now, mutation.CancellationToken) is { } refused
                ? mutation.Refused(refused, nameof(input.Token))
                : await mutation.SaveAsync(application));
    }

    private static async Task<Payload> EraseContactAsync(EraseApplicantContactInput input, MutationContext mutation)
    {
        if (!mutation.InputIsValid)
        {
            return mutation.Failure;
        }

        return await mutation.InTransactionAsync(async () =>
        {
            await ApplicationLock.LockAsync(mutation.Db, input.Id, mutation.CancellationToken);
            var application = await mutation.Db.Applications.FirstOrDefaultAsync(a => a.Id == input.Id, mutation.CancellationToken);
            if (application is null)
            {
                return Payload.Failed(new NotFoundUserError("No application has this id.", mutation.PathOf(nameof(input.Id))));
            }

            return await ApplicantContactErasure.EraseAsync(mutation.Db, application, mutation.Now, mutation.CancellationToken) is { } refused
                ? mutation.Refused(refused, nameof(input.Id))
                : Payload.Of(application);
        });
    }

    /// <summary>The application of <paramref name="token"/>; null for a token of no application (or not a token at all).</summary>
    private static async Task<Application?> FindByTokenAsync(string token, MutationContext mutation)
    {
        var hash = ApplicantTokens.HashOf(token);
        var application = hash is null ? null : await mutation.Db.Applications.FirstOrDefaultAsync(a => a.TokenHash == hash, mutation.CancellationToken);
        return application is not null && ApplicantTokens.Matches(hash!, application.TokenHash) ? application : null;
    }
}
