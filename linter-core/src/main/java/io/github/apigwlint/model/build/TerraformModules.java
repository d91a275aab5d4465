package io.github.apigwlint.model.build;

import io.github.apigwlint.source.Budget;
import io.github.apigwlint.source.FileWork;
import io.github.apigwlint.source.Format;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.SizedStack;
import io.github.apigwlint.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The Terraform modules of a run: its {@code .tf}, {@code .tf.json} and variable files,
 * grouped by folder. A folder that another folder of the run calls ({@code module "orders" { source
 * = "./modules/api" }}) is read through each instance of each call, with the call's arguments as its
 * variables and {@code module.orders.} (or {@code module.orders[0].}) before its addresses, as a
 * plan shows it; the other folders are root modules, read on their own. The elements of every
 * instance are named after the root module's folder, where {@code terraform} would run: two roots
 * that call one module make two elements.
 */
final class TerraformModules {

  private final Map<Path, List<SourceFile>> folders = new TreeMap<>();
  /** The context of a module instance: the file whose account applies, and the module's own file. */
  private final BiFunction<SourceFile, SourceFile, FileContext> contexts;
  private final LocalFiles localFiles;

  TerraformModules(List<SourceFile> files, BiFunction<SourceFile, SourceFile, FileContext> contexts, LocalFiles localFiles) {
    this.contexts = contexts;
    this.localFiles = localFiles;
    for (SourceFile file : files) {
      folders.computeIfAbsent(folderOf(file.path()), folder -> new ArrayList<>()).add(file);
    }
  }

  void read() {
    // every folder as a root module, to see which folders are called (and to read the roots once)
    Map<Path, TerraformModule> roots = new TreeMap<>();
    folders.forEach((folder, files) -> {
      FileContext context = context(folder);
      isolated(context, firstFile(folder), () -> TerraformModule.root(files, context, new ModuleFolder(folder, folder, localFiles)))
          .ifPresent(module -> roots.put(folder, module));
    });
    Set<Path> called = new LinkedHashSet<>();
    roots.forEach((folder, module) -> {
      for (String source : module.localSources()) {
        Path child = folder.resolve(source).normalize();
        if (folders.containsKey(child) && !child.equals(folder)) {
          called.add(child);
        }
      }
    });
    Set<Path> done = new HashSet<>();
    roots.forEach((folder, module) -> {
      if (!called.contains(folder)) {
        readRoot(folder, module, done);
      }
    });
    // folders that call each other in a ring have no root above them: read on their own
    for (Path folder : called) {
      if (!done.contains(folder) && roots.containsKey(folder)) {
        readRoot(folder, roots.get(folder), done);
      }
    }
  }

  /**
   * A root module with the instances of the modules it calls, read together as a plan of it lists
   * them, so that they link up, on a stack that fits the chains of references the limits allow. A
   * root that fails is reported at its first file and leaves nothing behind.
   */
  private void readRoot(Path folder, TerraformModule module, Set<Path> done) {
    isolated(module.context(), () -> SizedStack.run(Budget.limits(), firstFile(folder), () -> {
      List<TerraformResource> resources = new ArrayList<>();
      read(folder, module, new LinkedHashSet<>(), done, resources);
      new TerraformResourceReader(module.context(), resources, module.context().file().displayPath()).read();
      return Boolean.TRUE;
    }));
  }

  /**
   * {@code work} on one module (a root, or an instance a call makes), with a time budget of its own:
   * what escapes it is a problem at {@code where}, and what it added to the workspace is taken back,
   * so that the other modules are read as if it were not there.
   */
  private static <T> Optional<T> isolated(FileContext context, Location where, Supplier<T> work) {
    return isolated(context, () -> FileWork.run(Budget.limits(), where, work));
  }

  private static <T> Optional<T> isolated(FileContext context, Supplier<FileWork.Result<T>> work) {
    FileWork.Result<T> result = context.workspace().tentatively(work);
    result.failure().ifPresent(context.problems()::add);
    return Optional.ofNullable(result.value());
  }

  private Location firstFile(Path folder) {
    return Location.ofFile(folders.get(folder).get(0).displayPath());
  }

  /** An instance of a local module that a call makes, read from {@code folder}. */
  private record Instance(Path folder, TerraformModule.Call call, TerraformModule module) {}

  /**
   * One instance of a module, then the instances its local calls make, with their arguments and the
   * context (account, elements) of the root module.
   */
  private void read(Path folder, TerraformModule module, Set<Path> chain, Set<Path> done, List<TerraformResource> resources) {
    done.add(folder);
    chain.add(folder);
    try {
      readInstances(folder, module, chain, done, resources);
    } finally {
      chain.remove(folder);
    }
  }

  private void readInstances(Path folder, TerraformModule module, Set<Path> chain, Set<Path> done, List<TerraformResource> resources) {
    // a call whose count or for_each make no instance reads nothing, and its folder is no root of its own
    module.localSources().forEach(source -> done.add(folder.resolve(source).normalize()));
    List<Instance> children = new ArrayList<>();
    for (TerraformModule.Call call : module.localCalls()) {
      Path child = folder.resolve(call.source()).normalize();
      if (folders.containsKey(child) && !chain.contains(child)) {
        ModuleFolder childFolder = new ModuleFolder(module.context().file().path(), child, localFiles);
        isolated(module.context(), call.body().location(), () -> TerraformModule.called(
            folders.get(child), module.context(), childFolder, module.prefix() + call.address() + ".", call.arguments()))
            .ifPresent(instance -> {
              module.calls(call.address(), instance);
              children.add(new Instance(child, call, instance));
            });
      }
    }
    resources.addAll(module.resources());
    for (Instance child : children) {
      List<TerraformResource> read = new ArrayList<>();
      isolated(module.context(), child.call().body().location(), () -> {
        read(child.folder(), child.module(), chain, done, read);
        return Boolean.TRUE;
      }).ifPresent(ok -> resources.addAll(read));
    }
  }

  /**
   * The elements of a root module are named after its folder, so they keep their identity whichever
   * file holds them; its first file gives the account.
   */
  private FileContext context(Path folder) {
    SourceFile first = folders.get(folder).get(0);
    String display = first.displayPath();
    String shown = display.contains("/") ? display.substring(0, display.lastIndexOf('/') + 1) : "./";
    return contexts.apply(first, new SourceFile(folder, shown, "", false, Format.TERRAFORM_CONFIG, first.root()));
  }

  private static Path folderOf(Path file) {
    Path folder = file.toAbsolutePath().normalize().getParent();
    return folder != null ? folder : file.toAbsolutePath();
  }
}
