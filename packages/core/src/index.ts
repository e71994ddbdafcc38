/**
 * The banenafspraak data standard: documents, code lists, identifier checks, numbered
 * business rules, effective-dated reference data and calculators.
 *
 * @packageDocumentation
 */
export * from './api/index.js';
export * from './calculators/index.js';
export * from './codelists/index.js';
export * from './common/building-blocks.js';
export * from './common/primitives.js';
export * from './documents/index.js';
export * from './identifiers/index.js';
export * from './lifecycle/index.js';
export * from './reference-data/index.js';
export { type BusinessRule, type InputContext, type RuleContext, type RuleInfo, type RuleMessage, type RuleMessages, type ReportOptions, type Template, type MessageParams, type Path as RulePath, defineRule } from './rules/rule.js';
export { type DocumentTypeMap, type RuleDocumentType, type AnyDocument } from './rules/document-types.js';
export { Facts } from './rules/facts.js';
export { ruleCatalogue, rules, rulesByDocumentType, type RuleCatalogueEntry } from './rules/catalogue.js';
export * from './validation/issue.js';
export * from './versions/index.js';
export { validate, type ValidateOptions, type ValidationResult } from './validation/validate.js';
