namespace WorkshopBot.BotProtocol.Schema;

// Teams meetingStart/meetingEnd: the id comes from channelData.meeting.id; title and times from
// value (which Teams sends in PascalCase, hence the case-insensitive reader).
public sealed record MeetingEvent(string MeetingId, string? Title, DateTimeOffset? Time);
