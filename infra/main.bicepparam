// Parameters for one municipality's deployment. Holds no secrets: the app authenticates with a
// managed identity. Fill ssoClientId after creating the SSO app registration (infra/README.md).
using 'main.bicep'

param namePrefix = 'workshopbot'
param appServiceSkuName = 'B1'
param instanceCount = 2
param storageSkuName = 'Standard_LRS'
param botSkuName = 'F0'
param botDisplayName = 'WorkshopBot'
param telemetryRetentionInDays = 30
param customHostName = ''
param ssoClientId = ''
