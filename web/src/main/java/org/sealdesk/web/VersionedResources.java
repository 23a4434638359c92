package org.sealdesk.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browsers keep Faces resources for a week. PrimeFaces' addresses carry its version, ours (css/, js/) get a
 * hash of their content, so that a new release's styles and scripts are fetched at once rather than a week late.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName), resourceName, null);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName), resourceName, libraryName);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType), resourceName, libraryName);
    }

    private Resource versioned(Resource resource, String resourceName, String libraryName) {
        if (resource == null || libraryName != null) {
            return resource;
        }
        String version = versions.computeIfAbsent(resourceName, name -> contentHash(resource));
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + "v=" + version;
            }
        };
    }

    private static String contentHash(Resource resource) {
        try (InputStream content = resource.getInputStream()) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(content.readAllBytes())).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
