export { loadConfig, parseSettings, ConfigError, type LoadOptions } from './load.js';
export { toAppConfig, type AppConfig, type DatabaseConfig, type DevIdentity } from './app-config.js';
export { SETTINGS, type Settings, type SettingName } from './settings.js';
