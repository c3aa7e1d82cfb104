// Azure Bot registration. New bots can no longer be multi-tenant, so it is single-tenant and
// authenticates as the user-assigned managed identity (msaAppType UserAssignedMSI).
@description('Name of the Azure Bot resource.')
param name string

@description('Name users see for the bot.')
param displayName string

@description('Tags applied to every resource.')
param tags object

@description('F0 is free (standard channels such as Teams are free either way); S1 is the paid tier.')
@allowed([
  'F0'
  'S1'
])
param skuName string

@description('HTTPS messaging endpoint, https://<host>/api/messages.')
param messagingEndpoint string

@description('Client id of the user-assigned managed identity (becomes the bot\'s app id).')
param identityClientId string

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Entra ID tenant of the managed identity.')
param tenantId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  // Azure Bot is a global resource.
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: identityId
    // Only Entra ID tokens; no Direct Line or Web Chat secrets.
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
output appId string = bot.properties.msaAppId
