// WorkshopBot: everything one municipality needs in one resource group.
// Deploy: az deployment group create -g <rg> -f infra/main.bicep -p infra/main.bicepparam
// The outputs are the values manifest packaging needs (see manifest/README.md).
targetScope = 'resourceGroup'

@description('Short lowercase prefix for resource names.')
@minLength(3)
@maxLength(12)
param namePrefix string = 'workshopbot'

@description('Azure region for the regional resources (the Azure Bot itself is global).')
param location string = resourceGroup().location

@description('Tags applied to every resource (Azure tag values are strings).')
param tags {*: string} = {
  application: 'WorkshopBot'
}

@description('App Service plan SKU. Basic (B1) or higher is needed for Always On and several instances.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServiceSkuName string = 'B1'

@description('Number of app instances; two or more keeps the bot available while one restarts.')
@minValue(1)
@maxValue(10)
param instanceCount int = 2

@description('Storage redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSkuName string = 'Standard_LRS'

@description('Azure Bot pricing tier. The Teams channel is free on F0.')
@allowed([
  'F0'
  'S1'
])
param botSkuName string = 'F0'

@description('Name users see for the bot in Azure.')
param botDisplayName string = 'WorkshopBot'

@description('Days to keep telemetry in Log Analytics and Application Insights.')
@minValue(30)
@maxValue(730)
param telemetryRetentionInDays int = 30

@description('Optional custom host name (bind the domain and certificate yourself); empty uses <site>.azurewebsites.net.')
param customHostName string = ''

@description('Client id of the Entra app registration for tab single sign-on; see infra/README.md. Empty until it exists.')
param ssoClientId string = ''

@description('Start-up command for the published host.')
param startupCommand string = 'dotnet WorkshopBot.Web.dll'

// Every table the app uses: exactly src/WorkshopBot.Storage/TableNames.cs (a Deployment test compares them).
// Not a parameter: the app's names are fixed, and the app does not create tables in Azure.
var tableNames = [
  'Workshops'
  'ConversationIndex'
  'TrajectWerkgroepen'
  'UserWerkgroepen'
  'ConversationReferences'
  'ProcessedActivities'
  'ShareLinks'
  'RunningTimers'
  'SummaryReviews'
  'Monitoring'
]

var suffix = uniqueString(resourceGroup().id)
var storageAccountName = take('${replace(namePrefix, '-', '')}${suffix}', 24)

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: '${namePrefix}-id-${suffix}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: '${namePrefix}-log-${suffix}'
    appInsightsName: '${namePrefix}-appi-${suffix}'
    location: location
    tags: tags
    retentionInDays: telemetryRetentionInDays
    publisherPrincipalId: identity.outputs.principalId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: tags
    skuName: storageSkuName
    tableNames: tableNames
    dataContributorPrincipalId: identity.outputs.principalId
  }
}

module app 'modules/appservice.bicep' = {
  name: 'app'
  params: {
    planName: '${namePrefix}-plan-${suffix}'
    siteName: '${namePrefix}-${suffix}'
    location: location
    tags: tags
    skuName: appServiceSkuName
    instanceCount: instanceCount
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: identity.outputs.tenantId
    tableServiceUri: storage.outputs.tableServiceUri
    appInsightsName: monitoring.outputs.appInsightsName
    customHostName: customHostName
    ssoClientId: ssoClientId
    startupCommand: startupCommand
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${namePrefix}-bot-${suffix}'
    displayName: botDisplayName
    tags: tags
    skuName: botSkuName
    messagingEndpoint: 'https://${app.outputs.publicHostName}/api/messages'
    identityClientId: identity.outputs.clientId
    identityId: identity.outputs.id
    tenantId: identity.outputs.tenantId
  }
}

@description('HOST_NAME for manifest packaging: the web host without scheme.')
output hostName string = app.outputs.publicHostName

@description('BOT_ID for manifest packaging: the bot\'s app id, which is the managed identity\'s client id.')
output botId string = bot.outputs.appId

@description('A stable suggestion for APP_ID (the Teams app id); any GUID you keep for this app will do.')
output teamsAppId string = guid(resourceGroup().id, 'teams-app')

@description('SSO_CLIENT_ID for manifest packaging, as passed in.')
output ssoClientId string = ssoClientId

@description('Entra ID tenant of the bot and the managed identity.')
output tenantId string = identity.outputs.tenantId

@description('Client id of the managed identity the app uses for Storage and the Bot Connector.')
output managedIdentityClientId string = identity.outputs.clientId

@description('Web app name, for az webapp deploy.')
output webAppName string = app.outputs.siteName

@description('Storage account that holds the tables.')
output storageAccountName string = storage.outputs.name

@description('Azure Bot resource name.')
output botName string = bot.outputs.name
