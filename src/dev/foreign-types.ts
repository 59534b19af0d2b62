import ts from "typescript";

/**
 * The types from other packages that a module's exports show (in a public member's type, a
 * parameter or a result), except those `allowed` (by name): how learner code could get hold of
 * another library's object through netlab's public entry point. Walks public members only
 * (`private` and `#` members are not part of the interface); the TypeScript and Node libraries
 * (Promise, Record, AsyncDisposable) are the language's, not another package's.
 */
export function foreignTypes(entry: string, allowed: string[]): string[] {
  const program = ts.createProgram([entry], { strict: true, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts", "lib.esnext.disposable.d.ts"], types: ["node"], module: ts.ModuleKind.CommonJS, esModuleInterop: true, resolveJsonModule: true, skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${entry} is not a module`);
  const seen = new Set<ts.Type>();
  const found = new Set<string>();
  const language = (file: string) => /[\\/]node_modules[\\/](typescript[\\/]lib|@types[\\/]node)[\\/]/.test(file);
  const visitSignature = (signature: ts.Signature, where: string) => {
    for (const param of signature.getParameters()) visitSymbol(param, `${where}(${param.name})`);
    visit(signature.getReturnType(), `${where}()`);
  };
  const visitSymbol = (symbol: ts.Symbol, where: string) => {
    const decl = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (!decl) return;
    const modifiers = ts.getCombinedModifierFlags(decl);
    if (modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected) || symbol.name.startsWith("__#") || symbol.name.startsWith("#")) return;
    visit(checker.getTypeOfSymbolAtLocation(symbol, decl), where);
  };
  const visit = (type: ts.Type, where: string) => {
    if (seen.has(type)) return;
    seen.add(type);
    if (type.isUnionOrIntersection()) return type.types.forEach((t) => visit(t, where));
    const symbol = type.aliasSymbol ?? type.getSymbol();
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName ?? "";
    const args = [...(type.aliasTypeArguments ?? []), ...(type.flags & ts.TypeFlags.Object && (type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference ? checker.getTypeArguments(type as ts.TypeReference) : [])];
    if (/[\\/]node_modules[\\/]/.test(file)) {
      if (!language(file)) {
        if (!allowed.includes(symbol?.name ?? "")) found.add(`${where}: ${checker.typeToString(type)} (${file.replace(/.*[\\/]node_modules[\\/]/, "")})`);
        return;
      }
      return args.forEach((t) => visit(t, where));
    }
    args.forEach((t) => visit(t, where));
    for (const prop of type.getProperties()) visitSymbol(prop, `${where}.${prop.name}`);
    for (const signature of [...type.getCallSignatures(), ...type.getConstructSignatures()]) visitSignature(signature, where);
  };
  for (let exported of checker.getExportsOfModule(moduleSymbol)) {
    if (exported.flags & ts.SymbolFlags.Alias) exported = checker.getAliasedSymbol(exported);
    if (exported.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) visit(checker.getDeclaredTypeOfSymbol(exported), exported.name);
    if (exported.flags & ts.SymbolFlags.Class) visit(checker.getDeclaredTypeOfSymbol(exported), exported.name);
    if (exported.flags & ts.SymbolFlags.Value) visitSymbol(exported, exported.name);
  }
  return [...found].sort();
}
