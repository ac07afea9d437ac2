using GraphQL;
using GraphQL.Types;
using Icn.Domain.Membership;
using Icn.Graph.Access;
using Icn.Graph.Authorization;
using Icn.GraphQL.Authorization;
using Icn.GraphQL.Errors;
using Icn.Graph.Mutations;
using Icn.Graph.Scalars;
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
    private const int ResponseLength = 8000;
    private const int ReasonLength = 2000;

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation("submitApplication", "Submits a cluster's application for membership. The cluster is recorded as an APPLICANT (not public) and the Secretariat gets a task to screen the application. No account needed: keep the `applicantToken`, it is shown only once. The same cluster from the same address while its application is in progress gets a ConflictError.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<StringGraphType>>("clusterName").Description($"The cluster's name, at most {SubmittedApplication.NameLength} characters.");
                input.Field<NonNullGraphType<StringGraphType>>("description").Description($"What the cluster is and does, in plain text, at most {SubmittedApplication.DescriptionLength} characters.");
                input.Field<NonNullGraphType<CountryCodeGraphType>>("countryCode").Description("The country the cluster is based in.");
                input.Field<NonNullGraphType<IdGraphType>>("regionId").Description("The world region the cluster belongs to.");
                input.Field<StringGraphType>("city").Description($"The city the cluster is based in, at most {SubmittedApplication.CityLength} characters.");
                input.Field<UrlGraphType>("website").Description($"The cluster's own website, at most {SubmittedApplication.UrlLength} characters.");
                input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("sectorIds").Description($"The cleantech sectors the cluster focuses on: at least one, at most {ReferenceInputs.MaxSectors}.");
                input.Field<NonNullGraphType<IntGraphType>>("memberCount").Description("The size of the cluster's member base (zero or more).");
                input.Field<NonNullGraphType<ApplicationHelixInputType>>("helix").Description("How the member base divides into the triple helix.");
                input.Field<NonNullGraphType<StringGraphType>>("contactName").Description($"The applicant's contact person, at most {SubmittedApplication.ContactNameLength} characters.");
                input.Field<NonNullGraphType<StringGraphType>>("contactEmail").Description("The contact person's e-mail address.");
                input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApplicationEvidenceInputType>>>>("evidence").Description("The evidence: exactly one for each criterion.");
            })
            .Returns<ApplicationType>("application", "The application as submitted.")
            .ReturnsExtra<StringGraphType>("applicantToken", "The token with which the applicant follows the application (`applicationByToken`) and answers the Secretariat. Shown only now; only its hash is kept.")
            .Resolve(SubmitAsync);

        mutation.Mutation("respondToInformationRequest", "Answers the Secretariat's request for more information, with the applicant token; the application then goes back to the Secretariat. No account needed.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<StringGraphType>>("token").Description("The applicant token given by `submitApplication`.");
                input.Field<NonNullGraphType<StringGraphType>>("response").Description($"The answer, in plain text, at most {ResponseLength} characters.");
            })
            .Returns<ApplicationType>("application", "The application with the answer.")
            .Resolve(RespondAsync);

        mutation.Mutation("withdrawApplication", "Withdraws an application still in progress, with the applicant token: the open tasks about it leave the Secretariat's and the Board's inboxes, and the applicant gets a confirmation. An application already decided gets a ConflictError. No account needed.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<StringGraphType>>("token").Description("The applicant token given by `submitApplication`.");
                input.Field<StringGraphType>("reason").Description($"Why, if the applicant wants to say, at most {ReasonLength} characters; kept as the application's `decisionReason`.");
            })
            .Returns<ApplicationType>("application", "The application, now WITHDRAWN.")
            .Resolve(WithdrawAsync);

        mutation.Mutation("eraseApplicantContact", $"Erases the applicant's contact details from a decided application at once, as when the applicant asks (they are erased anyway some months after a rejection or withdrawal): from the application, its workflows, the e-mails sent about it and the audit log. An application in progress, or one already erased, gets a ConflictError.")
            .Input(input => input.Field<NonNullGraphType<IdGraphType>>("id").Description("The application."))
            .Returns<ApplicationType>("application", "The application, without contact details.")
            .Authorize(AccessPolicies.Secretariat)
            .Resolve(EraseContactAsync);
    }

    private static async Task<Payload> SubmitAsync(MutationInput input, MutationContext mutation)
    {
        var (token, hash) = ApplicantTokens.Generate();
        if (await SubmittedApplication.ReadAsync(input, mutation, hash) is not { } application)
        {
            return Payload.Failed(input.Errors);
        }

        // The cluster, the application and the workflow's start are stored together or not at all:
        // an application nobody is asked to screen would wait forever.
        return await mutation.InTransactionAsync(async () =>
        {
            if (await DuplicateSubmissions.InProgressAsync(mutation.Db, application.Cluster!.Name, application.ContactEmail!, mutation.CancellationToken))
            {
                return Payload.Failed(new ConflictUserError(
                    $"An application for {application.Cluster.Name} from {application.ContactEmail} is already in progress: follow it with the token you received, or withdraw it before applying again.",
                    input.PathOf("clusterName")));
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

    private static async Task<Payload> RespondAsync(MutationInput input, MutationContext mutation)
    {
        var response = input.Text("response", ResponseLength);
        if (await FindByTokenAsync(input, mutation) is not { } application)
        {
            return Payload.Failed(new NotFoundUserError("No application has this token.", input.PathOf("token")));
        }

        // The answer and the workflow's wake-up commit together or not at all: an answer stored
        // without its wake-up would leave the workflow waiting, to withdraw the application after 60 days.
        return await mutation.InTransactionAsync(async () =>
        {
            // Under the locks (the workflow's own order) no burst, e.g. the 60-day withdrawal, moves
            // the application on meanwhile: the status read now is the one the answer is for.
            await ApplicationLock.LockAsync(mutation.Db, application.Id, mutation.CancellationToken);
            await mutation.Db.Entry(application).ReloadAsync(mutation.CancellationToken);
            if (application.Status != ApplicationStatus.InformationRequested)
            {
                return Payload.Failed(new ConflictUserError($"The application is {application.Status.ToString().ToConstantCase()}; it waits for no information from you.", input.PathOf("token")));
            }

            application.InformationResponse = response;
            var saved = await mutation.SaveAsync(application);
            if (saved.Errors.Count > 0)
            {
                return saved;
            }

            var woken = await mutation.Services.GetRequiredService<WorkflowRuntime>().SignalAsync(
                mutation.Db,
                MembershipApplicationWorkflow.InformationProvided,
                MembershipApplicationWorkflow.CorrelationOf(application),
                new() { ["response"] = response },
                actorId: null,
                mutation.CancellationToken);

            // Nothing waiting (its workflow stopped for an admin to look at): a refusal rolls the
            // answer back, rather than keep one that nothing would ever read. Otherwise the
            // application as stored: a step that faulted kept the answer but not its own changes.
            return woken > 0
                ? Payload.Of(await mutation.Db.Applications.AsNoTracking().SingleAsync(a => a.Id == application.Id, mutation.CancellationToken))
                : Payload.Failed(new ConflictUserError("The application cannot take an answer at the moment: its workflow is stopped for the Secretariat to look at. Your answer was not saved; please send it again later.", input.PathOf("token")));
        });
    }

    private static async Task<Payload> WithdrawAsync(MutationInput input, MutationContext mutation)
    {
        var reason = input.Text("reason", ReasonLength, required: false);
        if (await FindByTokenAsync(input, mutation) is not { } application)
        {
            return Payload.Failed(new NotFoundUserError("No application has this token.", input.PathOf("token")));
        }

        if (!input.IsValid)
        {
            return Payload.Failed(input.Errors);
        }

        return await mutation.InTransactionAsync(async () =>
            await ApplicationWithdrawal.WithdrawAsync(mutation.Db, mutation.Services.GetRequiredService<WorkflowRuntime>(), application, reason, mutation.Now, mutation.CancellationToken)
                ? await mutation.SaveAsync(application)
                : Payload.Failed(new ConflictUserError($"The application is already {application.Status.ToString().ToConstantCase()}; only one in progress can be withdrawn.", input.PathOf("token"))));
    }

    private static async Task<Payload> EraseContactAsync(MutationInput input, MutationContext mutation)
    {
        if (input.Id("id", "Application") is not { } id)
        {
            return Payload.Failed(input.Errors);
        }

        return await mutation.InTransactionAsync(async () =>
        {
            await ApplicationLock.LockAsync(mutation.Db, id, mutation.CancellationToken);
            var application = await mutation.Db.Applications.FirstOrDefaultAsync(a => a.Id == id, mutation.CancellationToken);
            if (application is null)
            {
                return Payload.Failed(new NotFoundUserError("No application has this id.", input.PathOf("id")));
            }

            if (application.ContactErasedAt is { } erasedAt)
            {
                return Payload.Failed(new ConflictUserError($"Its contact details were already erased on {erasedAt:yyyy-MM-dd}.", input.PathOf("id")));
            }

            if (!application.Status.IsDecided())
            {
                return Payload.Failed(new ConflictUserError($"The application is {application.Status.ToString().ToConstantCase()}, still in progress: the workflow writes to its applicant. It can be erased once decided, or withdrawn by its applicant.", input.PathOf("id")));
            }

            await ApplicantContactErasure.EraseAsync(mutation.Db, application, mutation.Now, mutation.CancellationToken);
            return Payload.Of(application);
        });
    }

    /// <summary>The application whose token the input names; null for a token of no application (or not a token at all).</summary>
    private static async Task<Application?> FindByTokenAsync(MutationInput input, MutationContext mutation)
    {
        var hash = ApplicantTokens.HashOf(input.Required<string>("token"));
        var application = hash is null ? null : await mutation.Db.Applications.FirstOrDefaultAsync(a => a.TokenHash == hash, mutation.CancellationToken);
        return application is not null && ApplicantTokens.Matches(hash!, application.TokenHash) ? application : null;
    }
}
