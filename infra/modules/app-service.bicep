// App Service on Linux, Node 22, running the built server (`node dist/src/cli/main.js serve`) that
// `atk deploy` ships; App Service installs its production dependencies on Linux during the deploy.
// Health check on /readyz: an instance whose database is unreachable (or that is shutting down)
// is taken out of the load balancer. Every instance shares the PostgreSQL database.
param name string
param location string
param sku string
param instanceCount int
param identityResourceId string
param identityClientId string
param tenantId string
param hostName string
param aadAppClientId string
param allowedTenants string
param initialAdmins string
param deliveryLookup string
param databaseUrlSecretUri string
@secure()
param appInsightsConnectionString string

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: sku, capacity: instanceCount }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: name
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityResourceId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityResourceId
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node dist/src/cli/main.js serve'
      healthCheckPath: '/readyz'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // app-settings:start (names checked against src/config/settings.ts by tests/deploy/infra.test.ts)
      appSettings: [
        { name: 'NODE_ENV', value: 'production' }
        { name: 'DATABASE_URL', value: '@Microsoft.KeyVault(SecretUri=${databaseUrlSecretUri})' }
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identityClientId }
        { name: 'MicrosoftAppTenantId', value: tenantId }
        { name: 'BOT_ID', value: identityClientId }
        { name: 'AAD_APP_CLIENT_ID', value: aadAppClientId }
        { name: 'TAB_DOMAIN', value: hostName }
        { name: 'TAB_ENDPOINT', value: 'https://${hostName}' }
        { name: 'ALLOWED_TENANTS', value: allowedTenants }
        { name: 'INITIAL_ADMINS', value: initialAdmins }
        { name: 'DELIVERY_LOOKUP', value: deliveryLookup }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
        { name: 'LOG_LEVEL', value: 'info' }
        // App Service's own: when the zip arrives, install the production dependencies on Linux
        // (Oryx runs this instead of its default npm install + npm run build; the zip is built already).
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
        { name: 'CUSTOM_BUILD_COMMAND', value: 'npm ci --omit=dev --no-audit --no-fund' }
        { name: 'WEBSITE_HEALTHCHECK_MAXPINGFAILURES', value: '3' }
      ]
      // app-settings:end
    }
  }
}

output resourceId string = site.id
output defaultHostName string = site.properties.defaultHostName
