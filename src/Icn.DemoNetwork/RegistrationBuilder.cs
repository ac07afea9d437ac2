using Icn.Domain.Events;

namespace Icn.DemoNetwork;

/// <summary>
/// Clusters' registrations for events, with the people they send, never beyond the event's
/// capacity. Attendance is recorded a few days after every past event that was held.
/// </summary>
internal static class RegistrationBuilder
{
    public static List<EventRegistration> Build(SeedRandom random, ReferenceClock clock, IReadOnlyList<NetworkEvent> events, IReadOnlyList<ClusterProfile> clusters)
    {
        var registrations = new List<EventRegistration>();
        var candidates = clusters.Where(c => c.IsPublic).ToList();
        foreach (var networkEvent in events)
        {
            var (count, maxPeople) = networkEvent.Kind switch
            {
                EventKind.BoardMeeting => (random.Between(4, 7), 1),
                EventKind.Webinar => (random.Between(4, 18), 3),
                EventKind.Delegation => (random.Between(2, 6), 4),
                EventKind.Conference => (random.Between(5, 16), 5),
                _ => (random.Between(3, 14), 4),
            };
            var seatsLeft = networkEvent.Capacity ?? int.MaxValue;
            var others = candidates.Where(c => c.Cluster.Id != networkEvent.HostId).ToList();
            foreach (var profile in random.PickDistinct(others, count))
            {
                var participants = Participants(random, profile, random.Between(1, maxPeople));
                if (participants.Count > seatsLeft)
                {
                    continue;
                }

                seatsLeft -= participants.Count;
                registrations.Add(Register(random, clock, networkEvent, profile, participants));
            }
        }

        return registrations;
    }

    private static EventRegistration Register(SeedRandom random, ReferenceClock clock, NetworkEvent networkEvent, ClusterProfile profile, List<string> participants)
    {
        var latest = ReferenceClock.Min(networkEvent.StartsAt.AddHours(-1), clock.Now.AddHours(-1));
        var created = ReferenceClock.Between(random, networkEvent.CreatedAt, latest);
        var registration = new EventRegistration
        {
            EventId = networkEvent.Id,
            ClusterId = profile.Cluster.Id,
            Participants = participants,
        };

        // Attendance is only known once an event that actually took place is over.
        if (networkEvent.CancelledAt is null && networkEvent.EndsAt < clock.Now)
        {
            var attended = random.Chance(0.8) ? participants.Count : random.Between(0, participants.Count - 1);
            var from = networkEvent.EndsAt.AddHours(2);
            var to = ReferenceClock.Min(networkEvent.EndsAt.AddDays(5), clock.Now);
            registration.RecordAttendance(attended, from < to ? ReferenceClock.Between(random, from, to) : to);
        }

        registration.Stamp(random, created, registration.AttendanceRecordedAt ?? created);
        networkEvent.Registrations.Add(registration);
        return registration;
    }

    /// <summary>Distinct people from the cluster's country, as named on a registration form.</summary>
    private static List<string> Participants(SeedRandom random, ClusterProfile profile, int count)
    {
        var names = new SlugRegistry();
        return [.. Enumerable.Range(0, count).Select(_ => names.Claim(() => PersonNames.NextFullName(random, profile.Country.Names)))];
    }
}
