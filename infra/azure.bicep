// Maker Hub in a CoE's Azure subscription, deployed by `atk provision` (m365agents.yml, arm/deploy).
// No secret signs the bot in: a user-assigned managed identity is both the Azure Bot's app and the
// App Service's identity (MicrosoftAppType=UserAssignedMSI). PostgreSQL's connection string is a
// Key Vault secret the App Service reads through that identity. docs/deploy.md explains each part.
//
// Outputs are written by the Toolkit to env/.env.<env> (upper-cased): each one is a Maker Hub
// setting (src/config/settings.ts) or Toolkit bookkeeping (src/config/toolkit-keys.ts), which
// tests/deploy/infra.test.ts checks.
targetScope = 'resourceGroup'

@minLength(4)
@maxLength(20)
@description('Lower-case letters and digits that name every resource (the Toolkit uses makerhub + RESOURCE_SUFFIX).')
param resourceBaseName string

@description('Azure region of every resource but the bot (the Bot Service is global).')
param location string = resourceGroup().location

@description('App Service instances. Two or more share the outbox and the tenant rate budget through PostgreSQL.')
param instanceCount string = '1'

@description('App Service plan SKU: B1 for a pilot (up to 3 instances), P0v3 or P1v3 in production.')
param appServiceSku string = 'B1'

@description('PostgreSQL Flexible Server compute SKU and tier (Standard_B1ms/Burstable for a pilot, Standard_D2ds_v5/GeneralPurpose in production).')
param postgresSku string = 'Standard_B1ms'
param postgresTier string = 'Burstable'

@description('PostgreSQL administrator login.')
param postgresAdminLogin string = 'makerhub'

@secure()
@minLength(16)
@description('PostgreSQL administrator password (env/.env.<env>.user: SECRET_POSTGRES_ADMIN_PASSWORD). It reaches the app only as a Key Vault secret.')
param postgresAdminPassword string

@description('Entra app (client) id of the tab SSO registration (aadApp/create).')
param aadAppClientId string

@description('Comma-separated tenant ids allowed to use the app; empty = this subscription\'s tenant.')
param allowedTenants string = ''

@description('Comma-separated Entra object ids made coe-admin at start-up (the first admins).')
param initialAdmins string = ''

@description('How a message in doubt after a crash is found: graph (needs Graph read permissions for the bot identity) or none.')
@allowed(['graph', 'none'])
param deliveryLookup string = 'graph'

@description('Name shown for the bot in Azure.')
param botDisplayName string = 'Maker Hub'

var tenantId = subscription().tenantId
var hostName = '${resourceBaseName}.azurewebsites.net'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: { name: resourceBaseName, location: location }
}

module database 'modules/postgres.bicep' = {
  name: 'postgres'
  params: {
    name: resourceBaseName
    location: location
    sku: postgresSku
    tier: postgresTier
    adminLogin: postgresAdminLogin
    adminPassword: postgresAdminPassword
  }
}

module vault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    name: '${resourceBaseName}-kv'
    location: location
    readerPrincipalId: identity.properties.principalId
    databaseUrl: 'postgres://${postgresAdminLogin}:${uriComponent(postgresAdminPassword)}@${database.outputs.fqdn}:5432/${database.outputs.databaseName}?sslmode=require'
  }
}

module app 'modules/app-service.bicep' = {
  name: 'app-service'
  params: {
    name: resourceBaseName
    location: location
    sku: appServiceSku
    instanceCount: int(instanceCount)
    identityResourceId: identity.id
    identityClientId: identity.properties.clientId
    tenantId: tenantId
    hostName: hostName
    aadAppClientId: aadAppClientId
    allowedTenants: empty(allowedTenants) ? tenantId : allowedTenants
    initialAdmins: initialAdmins
    deliveryLookup: deliveryLookup
    databaseUrlSecretUri: vault.outputs.databaseUrlSecretUri
    appInsightsConnectionString: monitoring.outputs.connectionString
  }
}

module bot 'modules/bot.bicep' = {
  name: 'azure-bot'
  params: {
    name: '${resourceBaseName}-bot'
    displayName: botDisplayName
    identityResourceId: identity.id
    identityClientId: identity.properties.clientId
    tenantId: tenantId
    messagingEndpoint: 'https://${hostName}/api/messages'
  }
}

// Settings for the app package (manifest) and for `atk deploy`.
output TAB_DOMAIN string = hostName
output TAB_ENDPOINT string = 'https://${hostName}'
output BOT_ID string = identity.properties.clientId
output AZURE_APP_SERVICE_RESOURCE_ID string = app.outputs.resourceId
