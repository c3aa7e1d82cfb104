// Linux App Service for the .NET 10 host. The app reaches Storage and the Bot Connector with the
// user-assigned managed identity; no app setting holds a secret.
@description('Name of the App Service plan.')
param planName string

@description('Name of the web app (becomes <name>.azurewebsites.net).')
param siteName string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('App Service plan SKU. Basic or higher is needed for Always On and several instances.')
param skuName string

@description('Number of instances. Two or more keeps the bot answering while one instance restarts; the app keeps no state in memory between requests.')
@minValue(1)
@maxValue(10)
param instanceCount int

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Client id of the user-assigned managed identity.')
param identityClientId string

@description('Entra ID tenant of the bot registration and the SSO app registration.')
param tenantId string

@description('Table service URI of the storage account, https://<account>.table.core.windows.net.')
param tableServiceUri string

@description('Name of the Application Insights component in this resource group.')
param appInsightsName string

@description('Public host name the board links use; empty means the default <site>.azurewebsites.net.')
param customHostName string

@description('Client id of the Entra app registration for tab single sign-on (created outside Bicep).')
param ssoClientId string

@description('Start-up command for the published app.')
param startupCommand string


resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    publicNetworkAccess: 'Enabled'
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: startupCommand
      alwaysOn: true
      http20Enabled: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      // Readiness, not liveness: an instance that cannot reach Table storage leaves the rotation.
      healthCheckPath: '/health/ready'
      webSocketsEnabled: false
      use32BitWorkerProcess: false
    }
  }
}

// Settings live in their own resource so they can use the site's real default host name.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    MicrosoftAppType: 'UserAssignedMSI'
    MicrosoftAppId: identityClientId
    MicrosoftAppTenantId: tenantId
    // BotFrameworkOptions.AllowedTenantIds: activities from Teams of any other tenant are refused (403).
    BotFramework__AllowedTenantIds__0: tenantId
    AZURE_CLIENT_ID: identityClientId
    TableStorage__ServiceUri: tableServiceUri
    TableStorage__ManagedIdentityClientId: identityClientId
    // The storage module creates the tables; the identity may only read and write entities.
    TableStorage__CreateTables: 'false'
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    OTEL_SERVICE_NAME: 'workshopbot'
    Board__PublicBaseUrl: 'https://${empty(customHostName) ? site.properties.defaultHostName : customHostName}'
    // BoardIdentityOptions: Board:SsoClientId and Board:SsoTenantId (the only tenant whose tokens the board accepts).
    Board__SsoClientId: ssoClientId
    Board__SsoTenantId: tenantId
    // App Service takes an instance out of rotation after this many failed /health/ready probes.
    WEBSITE_HEALTHCHECK_MAXPINGFAILURES: '5'
  }
}

// Deployments go through Entra ID (az webapp deploy), never FTP or SCM basic-auth passwords.
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

output siteName string = site.name
output defaultHostName string = site.properties.defaultHostName
output publicHostName string = empty(customHostName) ? site.properties.defaultHostName : customHostName
