// The one identity the app uses for everything: Table storage (Azure RBAC) and the Bot Connector
// (the Azure Bot is registered as UserAssignedMSI with this identity's client id), so the app
// needs no password, key or connection string.
@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
output tenantId string = identity.properties.tenantId
