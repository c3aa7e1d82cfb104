namespace WorkshopBot.BotProtocol.Schema;

// Bot Connector error payload: {"error":{"code":"…","message":"…"}}.
public sealed record ErrorResponse(ErrorBody? Error);
